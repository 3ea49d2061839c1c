from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, t STRING, m DECIMAL(10,2), dt DATE, ts TIMESTAMP, d DOUBLE, s STRING").load(INPUT)
result = df.filter("(ts >= TIMESTAMP'2024-03-01 12:30:00.123456')").select("s", F.concat_ws("|", F.concat(col("m").cast("string"), col("j").cast("string"), col("s")), F.md5(F.try_element_at(F.split(col("s"), "-"), lit(2)))).alias("c1"), (col("m") - F.when(lit(True), col("m")).otherwise(col("m"))), F.weekday(F.when((col("s") < lit("日本")), col("dt")).when((col("d") < lit(0.001)), col("dt")).when(lit(False), col("dt"))).alias("c3"))
OUTPUT_MODE = "append"
