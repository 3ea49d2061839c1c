spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, dt DATE, j INT, i INT, m DECIMAL(7,0), d DOUBLE, ts TIMESTAMP, s STRING, t STRING").json(INPUT)
result = df.selectExpr("id", "posexplode(sequence(1, abs(i) % 3))", "from_json(current_schema(), 'a INT, b ARRAY<STRING>') AS c2", "str_to_map(CAST(try_make_timestamp_ltz(2024, 3, 10, json_array_length(to_json(array(i, i))), 30, 0, 'America/New_York') AS STRING), ' ', 'l') AS c3")
OUTPUT_MODE = "append"
