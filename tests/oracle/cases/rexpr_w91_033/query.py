from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, dt DATE, j INT, n DECIMAL(5,3), ts TIMESTAMP, m DECIMAL(38,10), b BOOLEAN, s STRING, i INT, t STRING").load(INPUT)
result = df.where(((~(col("dt") != F.to_date(lit("2023-12-31")))) | (col("dt") >= F.to_date(lit("2023-12-31"))))).groupBy("j").agg(expr("avg((d + (0 + 0L))) AS a1"), F.count_if(col("s").rlike("^[A-Z]")).alias("a2"), expr("(max(n) - min(n)) AS a3"), (F.max(lit(3)) - F.min(lit(3))).alias("a4"))
OUTPUT_MODE = "update"
