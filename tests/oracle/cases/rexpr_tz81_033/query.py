spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("lpad(t, 6, ' ') AS k1"), "j").agg(expr("max(1000L) AS a1"), expr("count_if((d >= 3.75D)) AS a2"), F.min(F.pmod(col("i"), F.nullif(col("i"), lit(0)))).alias("a3"))
OUTPUT_MODE = "complete"
