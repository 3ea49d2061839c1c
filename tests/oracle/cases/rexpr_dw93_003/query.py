from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("coalesce(array_contains(split(CAST(i AS STRING), ','), 'o'), true)").withColumn("c1", expr("datediff(ts, 5)")).withColumn("c2", F.degrees(col("m"))).withColumn("c3", expr("(get_json_object(to_json(named_struct('a', format_number(i, 2), 'n', regexp_like(s, '^[A-Z]'))), '$.n') RLIKE '^[A-Z]')")).withColumn("c4", expr("hex((CASE WHEN b THEN id ELSE id END - id))")).withColumn("c5", expr("greatest(s, s, s)")).withColumn("c6", expr("CASE WHEN (ts >= TIMESTAMP'1999-12-31 23:59:59.999') THEN add_months(dt, i) WHEN (s LIKE '_') THEN try_to_date(s) ELSE nullif(next_day(dt, 'Mon'), to_date('2024-02-29')) END")).drop("i", "b", "dt")
OUTPUT_MODE = "append"
