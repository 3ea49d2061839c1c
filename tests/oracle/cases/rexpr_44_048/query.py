from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("to_date(date_format(TRY_CAST(s AS DATE), 'dd/MM/yyyy'), 'dd/MM/yyyy')")).withColumn("c2", expr("next_day(dt, 'SUN')")).drop("i", "k", "m", "s", "t", "b")
OUTPUT_MODE = "append"
