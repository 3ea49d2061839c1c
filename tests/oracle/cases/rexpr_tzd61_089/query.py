spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("TRY_CAST(n AS BIGINT)"), F.least(col("i"), col("i")).cast("boolean").alias("c2")).filter("(s <= '2024-02-29')")
OUTPUT_MODE = "append"
