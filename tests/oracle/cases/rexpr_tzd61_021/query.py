spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", col("d").try_cast("int").alias("c1"), expr("CAST(dt AS TIMESTAMP)")).where("(s >= '')")
OUTPUT_MODE = "append"
