from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("dt").agg(expr("min((i * 1)) AS a1"), expr("avg(f) AS a2"), expr("sum(CASE WHEN (NOT b) THEN (i - i) ELSE 0 END) AS a3"), F.bool_and(lit(-1).eqNullSafe(col("n"))).alias("a4"))
OUTPUT_MODE = "update"
