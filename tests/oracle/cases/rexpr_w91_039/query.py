from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("to_date(date_format(dt, 'dd/MM/yyyy'), 'dd/MM/yyyy') AS c1"), F.to_date((col("ts") - expr("INTERVAL -3 DAYS"))).alias("c2"))
OUTPUT_MODE = "append"
