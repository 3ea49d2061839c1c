from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("ceiling(CASE WHEN abs(round(f, 3)) < 1e9D THEN round(f, 3) END)")).withColumn("c2", col("id").try_cast("decimal(38,18)")).withColumn("c3", expr("concat('42', upper(get(split(s, '-'), 2)))")).withColumn("d", col("f")).withColumn("c5", expr("date_sub(make_date(2023, 2, least(dayofmonth(dt), 28)), i)")).select("id", "c1", "c2", "c3", "c5")
OUTPUT_MODE = "append"
