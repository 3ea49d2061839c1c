spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("format_number((i + (m / nullif(m, 0))), 3) AS c1"), F.date_trunc("yyyy", F.timestamp_seconds(F.least(col("i"), col("i"), (lit(2) * col("i"))))).alias("c2"), expr("(n - (0 * i))").alias("c3"))
OUTPUT_MODE = "append"
