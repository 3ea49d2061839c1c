spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "m", F.positive(F.dayofmonth(((col("dt") + expr("INTERVAL '1-1' YEAR TO MONTH")) - expr("INTERVAL '1-1' YEAR TO MONTH")))).alias("c1"), F.array(F.ascii(col("t")), lit(None)).alias("c2"))
OUTPUT_MODE = "append"
