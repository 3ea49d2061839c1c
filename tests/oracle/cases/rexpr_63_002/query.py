from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("((CAST(d AS STRING) LIKE '% %') OR (b IS NOT TRUE))").select("id", F.rpad(F.md5(F.rpad(F.concat_ws("|", col("s"), col("s")), 0, "ab")), 0, "ab").alias("c1"), col("i").isNotNull().alias("c2")).filter((col("d") >= lit(-1.5)))
OUTPUT_MODE = "append"
