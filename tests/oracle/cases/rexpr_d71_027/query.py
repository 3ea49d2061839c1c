from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("((i IN (10, 1, 0)) OR (t IS NOT NULL))").withColumn("c1", expr("nvl2(cbrt(d), 12.345, 0.001)")).withColumn("c2", F.exists(F.split(F.date_format(col("ts"), "dd.MM.yy"), " "), lambda x: x == lit("o"))).withColumn("c3", expr("rpad(date_format(CAST(NULL AS DATE), 'yyyyMMdd'), 8, ' ')")).withColumn("c4", F.try_element_at(F.split((col("i") - col("i")).cast("string"), "-"), lit(3))).withColumn("c5", expr("coalesce(CAST(to_date('2024-02-29') AS TIMESTAMP), CASE WHEN regexp_like(array_join(split(s, '[aeiou]'), '-'), '[aeiou]{2}') THEN CAST(dt AS TIMESTAMP) WHEN (12 <=> least(m, 0.5)) THEN ts END, TIMESTAMP'2024-03-01 12:30:00.123456')")).drop("m", "s", "t", "b").filter("coalesce((m <= 12.345), true)")
OUTPUT_MODE = "append"
