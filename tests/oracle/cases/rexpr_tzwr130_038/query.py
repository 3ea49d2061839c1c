spark.conf.set("spark.sql.session.timeZone", "Asia/Kathmandu")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.expm1(F.coalesce(col("m"), expr("100BD")))).withColumn("c2", expr("startswith(s, 'a')")).withColumn("j", F.size(F.array_remove(F.array(F.zeroifnull(col("i")), col("i"), lit(1), F.zeroifnull(col("i"))), F.zeroifnull(col("i"))))).withColumn("c4", expr("nvl2(i, b, true)")).withColumn("c5", F.negative(F.size(F.array_remove(F.array(lit(5), col("i"), lit(1), lit(5)), lit(5))))).select("id", "c1", "c2", "c4", "c5").filter("((j = 10) OR (b IS NOT TRUE))")
OUTPUT_MODE = "append"
