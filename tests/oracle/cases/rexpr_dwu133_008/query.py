from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("((id < 3L) OR (ts IS NOT NULL))").withColumn("c1", expr("round(nullifzero(power(degrees(d), 2)))")).withColumn("c2", expr("1000L")).withColumn("c3", F.str_to_map(lit(""), lit(' '), lit('l'))).withColumn("c4", expr("regexp_extract_all(repeat(char(i), 1), '([a-z])([a-z]+)', 2)")).withColumn("c5", F.when(col("c4").isNotNull(), col("id")).otherwise(col("id"))).drop("i", "d", "b").where((col("i") < lit(5)))
OUTPUT_MODE = "append"
