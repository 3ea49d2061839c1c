from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, dt DATE, i INT, n DECIMAL(4,1), b BOOLEAN, ts TIMESTAMP, s STRING, j INT, t STRING, m DECIMAL(38,10)").json(INPUT)
result = df.selectExpr("(j < id) AS c1", "get(split(t, '  *'), 0) AS c2").where(F.coalesce(col("m").isin(lit(99.99).cast("decimal(4,2)")), lit(True)))
OUTPUT_MODE = "append"
