spark.conf.set("spark.sql.session.timeZone", "Australia/Lord_Howe")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, ts TIMESTAMP, i INT, t STRING, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, n DECIMAL(4,1), dt DATE").load(INPUT)
result = df.select("id", F.least(col("f"), col("f")), expr("xxhash64(bround(d, 2)) AS c2"), expr("(f - id)").alias("c3"), F.when(col("s").isNotNull(), col("id")).alias("c4"), expr("(i - ascii(t))").alias("c5")).filter((((col("id") - col("id")) <= col("c3")) | (col("c3") < lit(-1.5))))
OUTPUT_MODE = "append"
