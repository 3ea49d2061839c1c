from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("least(0.001, (size(split(date_format(dt, 'dd.MM.yy'), '[aeiou]')) + 0.001), (i * m)) AS c1", "CAST(endswith(initcap(concat(s, 'abc')), 'H') AS INT) AS c2").filter("coalesce((TRY_CAST(86400L AS INT) >= (c1 + 100BD)), true)")
OUTPUT_MODE = "append"
