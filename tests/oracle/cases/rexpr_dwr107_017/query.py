from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("regexp_extract_all(concat(space(3), s), '[0-9]+', 0)")).withColumn("c2", expr("map_concat(map(1, s), map(1, 'x'))")).withColumn("d", expr("array_max(array(d, d, CAST('NaN' AS DOUBLE)))")).select("id", "c1", "c2").where("((c1 IS NOT NULL) OR (c1 IS NOT NULL))")
OUTPUT_MODE = "append"
