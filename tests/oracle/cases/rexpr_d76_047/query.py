from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("i").agg(expr("round(avg(i), 3) AS a1"), F.count_if((col("id").isNull() & col("m").isNotNull())).alias("a2"), F.count_if(F.when(col("b"), expr("99.99")).when(col("b"), col("m")).when(col("b"), col("m")).otherwise(col("m")).between(lit(1.25).cast("decimal(3,2)"), lit(.5).cast("decimal(2,1)"))).alias("a3"), expr("avg(regexp_count('a', 'o')) AS a4"))
OUTPUT_MODE = "update"
