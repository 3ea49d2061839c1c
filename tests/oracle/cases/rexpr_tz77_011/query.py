spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, b BOOLEAN, m DECIMAL(10,2), n DECIMAL(5,3), ts TIMESTAMP, i INT, s STRING, d DOUBLE, dt DATE").json(INPUT)
result = df.where((F.isnull(F.pow(col("i"), -1.0)) | (col("ts") <= F.to_timestamp(lit("1999-12-31 23:59:59.999"))))).select((col("d") + F.round(col("d"), 2)), (col("i") * lit(1)).alias("c2"), expr("(length(s) * least(0.001, m)) AS c3"), (col("id") % lit(3)).alias("c4"), F.coalesce(col("m"), col("m"), expr("100BD"))).where("(true OR (c3 = 12.345))")
OUTPUT_MODE = "append"
