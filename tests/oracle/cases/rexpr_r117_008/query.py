from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select(expr("next_day(TRY_CAST(s AS DATE), 'TU')"), expr("sequence(dt, date_add(dt, 2))").alias("c2"))
OUTPUT_MODE = "append"
