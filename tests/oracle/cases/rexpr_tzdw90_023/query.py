spark.conf.set("spark.sql.session.timeZone", "Australia/Adelaide")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.nvl2(F.least(col("d"), col("d")), col("dt"), F.to_date(lit("2000-01-01")))).withColumn("c2", expr("(id * 0)")).select("id", "c1", "c2")
OUTPUT_MODE = "append"
