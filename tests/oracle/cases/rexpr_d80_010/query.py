from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, d DOUBLE, s STRING, i INT, dt DATE, j INT, ts TIMESTAMP, m DECIMAL(18,6)").json(INPUT)
result = df.select(expr("date_format(dateadd(try_to_date(s), i), 'Q')").alias("c1"), (col("ts") - expr("INTERVAL '1 02:03:04.000005' DAY TO SECOND")).alias("c2"), F.sqrt(F.months_between(col("ts"), col("dt"), False)).alias("c3")).where(((F.to_date(lit("2000-01-01")) < col("dt")) | col("d").isNotNull()))
OUTPUT_MODE = "append"
