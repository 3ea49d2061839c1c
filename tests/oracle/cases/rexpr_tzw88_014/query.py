spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter(F.coalesce((col("dt") >= F.to_date(lit("2000-01-01"))), lit(True))).groupBy(expr("tanh(abs(m)) AS k1")).agg(F.round(F.avg((col("i") - col("i"))), 3).alias("a1"), F.avg((F.abs(lit(1)) % F.nullif(F.when((col("s") != lit(" ")), col("i")).otherwise(col("i")), lit(0)))).alias("a2"))
OUTPUT_MODE = "complete"
