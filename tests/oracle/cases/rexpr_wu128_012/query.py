from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("quote(current_path())"), expr("posexplode_outer(map(i, s))"), F.when(expr("arrays_overlap(array(i), array(CAST(NULL AS INT), 3))"), expr("CAST(next_day(nullif(add_months(dt, i), DATE'2000-01-01'), 'Mon') AS STRING)")).otherwise(lit("abc")).alias("c3"), expr("str_to_map('a:1,b:2,c:' || coalesce(i, i, 5))").alias("c4"))
OUTPUT_MODE = "append"
