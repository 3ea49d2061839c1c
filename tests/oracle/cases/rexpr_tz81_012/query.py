spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "(id * d) AS c1", "(i - (least(i, i, i) + i)) AS c2", "CASE WHEN b THEN dt WHEN (d <= 100.0D) THEN dt END", "to_timestamp(date_format(ts, 'dd.MM.yyyy HH:mm:ss.SSSSSS'), 'dd.MM.yyyy HH:mm:ss.SSSSSS') AS c4").where(((F.date_format(col("ts"), "MMM d, yyyy") != F.nvl2(col("d"), col("t"), lit("a"))) | col("b")))
OUTPUT_MODE = "append"
