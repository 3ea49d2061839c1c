spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, j INT, i INT, d DOUBLE, m DECIMAL(10,2), dt DATE, k BIGINT, b BOOLEAN, ts TIMESTAMP, s STRING, n DECIMAL(9,5)").json(INPUT)
result = df.selectExpr("id", "n", "str_to_map(s, ' ', 'l')", "dayofweek(dt) AS c2", "from_csv(s, 'a INT, b STRING, c DOUBLE') AS c3")
OUTPUT_MODE = "append"
