from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("CASE -1 WHEN 5 THEN i WHEN -1 THEN i END")).withColumn("c2", expr("isnull(lpad(array_join(split(s, '  *'), '-'), 0, ' '))")).withColumn("i", F.weekofyear(F.add_months(F.greatest(F.trunc(col("dt"), "WEEK"), F.next_day(F.to_date(lit("2000-01-01")), "fri")), col("i")))).withColumn("c4", expr("(CASE WHEN (b OR b) THEN 1 WHEN b THEN i ELSE i END * 1)")).where(F.coalesce(F.date_sub(col("dt"), lit(1)).isNotNull(), lit(True)))
OUTPUT_MODE = "append"
