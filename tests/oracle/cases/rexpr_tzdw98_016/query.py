spark.conf.set("spark.sql.session.timeZone", "Australia/Lord_Howe")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, dt DATE, b BOOLEAN, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, ts TIMESTAMP, i INT").load(INPUT)
result = df.select(expr("(signum(i) = id)"), ((col("m") * lit(.001).cast("decimal(4,3)")) - F.round((lit(99.99).cast("decimal(4,2)") - col("n")), -1)).alias("c2")).filter((~F.coalesce((F.ifnull(lit(False), lit(True)) | (col("c2") <= expr("12.345"))), lit(False))))
OUTPUT_MODE = "append"
