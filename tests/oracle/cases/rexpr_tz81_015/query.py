spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((F.isnan(col("d")) | col("t").isNull())).selectExpr("id", "CAST(datediff(ts, DATE'2024-02-29') AS STRING) AS c1", "CAST(CAST((id - i) AS BOOLEAN) AS STRING) AS c2")
OUTPUT_MODE = "append"
