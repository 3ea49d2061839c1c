from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, ts TIMESTAMP, n DECIMAL(9,5), d DOUBLE, dt DATE, i INT, s STRING, m DECIMAL(10,2)").load(INPUT)
df.filter(((col("dt") > F.to_date(lit("2025-03-01"))) | col("n").isNull())).createOrReplaceTempView("src")
result = spark.sql("SELECT size(split(concat_ws('', s, s), '[aeiou]')) AS k1, count_if((true OR (m <> n))) AS a1, (max(try_divide(d, i)) - min(try_divide(d, i))) AS a2 FROM src GROUP BY size(split(concat_ws('', s, s), '[aeiou]'))")
OUTPUT_MODE = "update"
