from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(i < 10)").selectExpr("id", "ceil(CASE WHEN abs(round((d / 3), 3)) < 1e9D THEN round((d / 3), 3) END) AS c1", "date_trunc('SECOND', date_trunc('HOUR', ts)) AS c2")
OUTPUT_MODE = "append"
