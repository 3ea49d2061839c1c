spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("((rpad(sha1(s), 3, 'é') COLLATE UTF8_BINARY = 'Hello World') OR (dt IS NULL))").selectExpr("id", "dt", "from_json(from_unixtime(i, 'HH:mm'), 'a INT, b ARRAY<STRING>') AS c1", "json_array_length(s) AS c2", "vector_norm(array(CAST(i AS FLOAT), 4.0F), 2.0F) AS c3", "is_valid_utf8('Hello')", "nanvl(signum((0.5D / nullif(12, 0))), round((- d), 1)) AS c5")
OUTPUT_MODE = "append"
