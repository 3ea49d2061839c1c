from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, ts TIMESTAMP, j INT, m DECIMAL(10,2), i INT, t STRING, d DOUBLE, s STRING, dt DATE").json(INPUT)
result = df.select("id", expr("(NOT (t > ' '))"), F.when(col("t").try_cast("boolean"), F.round(col("d"), 3)).when((col("dt") >= F.to_date(lit("2025-03-01"))), col("d")).when(col("s").endswith("H"), col("d")).otherwise(col("d")).alias("c2"), expr("(date_trunc('MONTH', ts) - INTERVAL '2 12' DAY TO HOUR) AS c3"), expr("to_date(date_format(trunc(to_date('2025-03-01'), 'YEAR'), 'dd/MM/yyyy'), 'dd/MM/yyyy')").alias("c4"), expr("nullif(m, -3.10) AS c5")).where("((m > 99.99) OR (i IS NOT NULL))")
OUTPUT_MODE = "append"
