spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, m DECIMAL(7,0), b BOOLEAN, d DOUBLE, i INT, dt DATE, n DECIMAL(9,5), s STRING, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("exists(map_keys(map_filter(map('a', CAST(array_size(slice(array((i - i), (i + i), 3, 4), -2, 5)) AS INT), 'b', second(convert_timezone('America/Los_Angeles', 'UTC', ts))), (k, v) -> v > 0)), x -> x = 'a')")).withColumn("dt", expr("sequence(nullif(trunc(nullif(dt, DATE'2024-02-29'), 'mon'), to_date('2024-02-29')), date_add(nullif(trunc(nullif(dt, DATE'2024-02-29'), 'mon'), to_date('2024-02-29')), 3), INTERVAL 1 DAY)[1]")).withColumn("c3", expr("array_insert(array(i, 10), 3, 9)")).select("id", "c1", "c3")
OUTPUT_MODE = "append"
