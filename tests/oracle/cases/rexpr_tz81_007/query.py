spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("dt", expr("coalesce(d, d, -1.5D)"), expr("nvl(s, 'x-y') AS c2"), (col("m") - col("n")).alias("c3"))
OUTPUT_MODE = "append"
