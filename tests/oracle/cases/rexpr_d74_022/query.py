from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, m DECIMAL(7,0), d DOUBLE, n DECIMAL(5,3), b BOOLEAN, t STRING, ts TIMESTAMP, i INT, s STRING, dt DATE").json(INPUT)
result = df.withColumn("c1", F.nvl2(F.when((col("m") <= expr("-3.10")), F.when(col("b"), col("d")).when((col("dt") != F.to_date(lit("2023-12-31"))), col("d")).when(col("b"), col("d")).otherwise(col("d"))).when(col("s").isin(lit("2024-02-29"), lit("abc")), col("d")).otherwise(col("d")), F.log(col("d")).cast("string"), F.soundex(col("s")))).withColumn("c2", expr("nullif(dt, DATE'2024-02-29')")).drop("m", "d", "n", "b", "i", "dt").filter(col("b").isNotNull())
OUTPUT_MODE = "append"
