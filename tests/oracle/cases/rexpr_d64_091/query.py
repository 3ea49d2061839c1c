from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, ts TIMESTAMP, s STRING, dt DATE, b BOOLEAN, n DECIMAL(9,5), d DOUBLE, i INT, m DECIMAL(18,6), j INT").json(INPUT)
result = df.select("id", expr("((id - id) / 7) AS c1"), expr("datediff((ts + INTERVAL 1 MONTH), add_months(dt, i)) AS c2"), F.date_sub(col("dt"), col("i")).alias("c3"))
OUTPUT_MODE = "append"
