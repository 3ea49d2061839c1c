from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, t STRING, m DECIMAL(38,10), ts TIMESTAMP, f FLOAT, d DOUBLE, b BOOLEAN, i INT, j INT, s STRING, dt DATE, n DECIMAL(20,0)").load(INPUT)
result = df.filter("(array_contains(split(t, ','), 'Hello') OR (dt <= to_date('2024-02-29')))").withColumn("c1", expr("(coalesce(1.25, n, 0.001) + m)")).withColumn("c2", (lit(5) * col("i"))).withColumn("c3", F.instr(F.date_format(F.when((col("i") < lit(0)), col("ts")), "yyyy-MM-dd HH:mm:ss.SSSSSS"), ""))
OUTPUT_MODE = "append"
