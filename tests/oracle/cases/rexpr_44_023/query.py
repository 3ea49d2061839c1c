from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, ts TIMESTAMP, i INT, n DECIMAL(5,3), dt DATE, d DOUBLE, j INT, m DECIMAL(38,10), s STRING, b BOOLEAN").json(INPUT)
result = df.select("id", expr("(ts + 1)").alias("c1"), expr("lpad(date_format(ts, 'a h:mm'), 6, ' ')").alias("c2"), (F.nullif((F.ifnull(lit(1000).cast("bigint"), lit(-2).cast("bigint")) + (col("id") * lit(5))), lit(0).cast("bigint")) + F.coalesce(F.coalesce(lit(None).cast("int").cast("bigint"), lit(0).cast("bigint")), lit(3).cast("bigint"))).alias("c3"), F.pmod((col("id") - col("id")), F.nullif((col("i") % F.nullif(F.dayofyear(col("dt")), lit(0))), lit(0))).alias("c4"), F.crc32((col("d") * col("i")).cast("string")).alias("c5"))
OUTPUT_MODE = "append"
