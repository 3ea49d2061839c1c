spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("b").agg(F.avg(F.abs(F.coalesce(col("d"), col("d"), lit(-1.5)))).alias("a1"), F.count_if(col("d").try_cast("int").cast("boolean")).alias("a2"), expr("min(((n * i) - nullif(m, -3.10))) AS a3"))
OUTPUT_MODE = "update"
