from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("j", F.to_date(lit("2000-01-01")).alias("k2")).agg(expr("(max((i * ifnull(m, 100BD))) - min((i * ifnull(m, 100BD)))) AS a1"), expr("round(avg(ifnull(f, 0.001D)), 0) AS a2"), F.datediff(F.max(col("dt")), F.min(col("dt"))).alias("a3"), F.sum(F.when(lit(2).between(lit(1), lit(3)), col("i")).otherwise(lit(0))).alias("a4"))
OUTPUT_MODE = "update"
