from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((col("dt").isNotNull() | col("id").isNull())).withColumn("c1", expr("element_at(array_sort(array(dt, dt, DATE'2024-02-29')), 1)")).withColumn("c2", expr("try_to_number(to_json(map_from_arrays(array('a', 'b'), array(position(' ', '2024-02-29', 2), json_array_length(to_json(array(i, i)))))), '999.99')"))
OUTPUT_MODE = "append"
