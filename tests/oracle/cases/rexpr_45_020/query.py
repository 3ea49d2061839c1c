from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("d", expr("round(d, 3) AS c1"), F.ifnull(F.datediff(F.make_date(lit(2023), lit(2), F.least(F.dayofmonth(col("dt")), lit(28))), F.trunc(col("dt"), "yy")), lit(-4)).alias("c2"), expr("(size(split(format_string('[%5s|%-4d]', s, id), '[aeiou]')) - abs(i))").alias("c3"), ((lit(0) * F.nullif((col("i") - col("i")), lit(3))) - col("i")).alias("c4")).filter("(((d = 100BD) AND (NOT (c2 >= 2))) OR (c3 IS NOT NULL))")
OUTPUT_MODE = "append"
