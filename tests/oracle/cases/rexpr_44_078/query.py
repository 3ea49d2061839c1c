from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter(((col("i") + col("m")).isin(expr("12.345"), lit(12.345).cast("decimal(5,3)"), expr("-3.10")) | (col("f") < lit(-1.5)))).withColumn("c1", F.crc32(F.substring(col("s"), 5, 1))).withColumn("c2", col("s").try_cast("bigint")).withColumn("k", (col("id") - lit(10))).withColumn("c4", (col("i") % F.nullif((col("i") + lit(5)), lit(0)))).withColumn("i", expr("instr(sha1(greatest('é', s, s)), 'a')")).drop("k", "d", "f", "m", "n", "dt", "ts")
OUTPUT_MODE = "append"
