from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("to_number(s, '999') AS c1"), F.size(F.map_keys(F.str_to_map(((col("dt") > col("ts")) | col("b")).cast("string"), lit(' '), lit('l')))).alias("c2"), F.sequence(col("dt"), F.date_add(col("dt"), 2)).alias("c3")).filter((col("c2") != lit(10)))
OUTPUT_MODE = "append"
