from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, t STRING, i INT, dt DATE, m DECIMAL(38,10), d DOUBLE, ts TIMESTAMP, n DECIMAL(9,5), s STRING, b BOOLEAN, f FLOAT").load(INPUT)
result = df.select("id", expr("sentences(CAST((add_months(dt, 1) >= make_date(2023, 2, least(dayofmonth(dt), 28))) AS STRING))").alias("c1"), expr("sequence(nvl2(nullif(id, 0L), dt, to_date('2025-03-01')), date_add(nvl2(nullif(id, 0L), dt, to_date('2025-03-01')), 3), INTERVAL 1 DAY)[1]").alias("c2"), F.when((col("ts") != F.to_timestamp(lit("1999-12-31 23:59:59.999"))), col("dt")).when((col("dt") > F.to_date(lit("2000-01-01"))), F.to_date(lit("2025-03-01"))).when(col("b"), col("dt")).alias("c3"), expr("stack(2, i, s, i, t)")).filter(((lit("abc") != col("t")) | (col("i") <= lit(1))))
OUTPUT_MODE = "append"
