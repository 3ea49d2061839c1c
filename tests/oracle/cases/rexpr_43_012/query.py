from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("(ceiling(m) + m)")).withColumn("c2", expr("least(m, nvl(m, 0.5), round(m, 2))")).withColumn("c3", (col("c1") / F.nullif(col("i"), lit(0)))).withColumn("c4", expr("exp(CASE (dt <> to_date('2000-01-01')) WHEN true THEN 12 END)")).withColumn("c5", F.get(F.split(col("t"), "  *"), 1).between(lit("日本"), lit("abc")))
OUTPUT_MODE = "append"
