from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("(-2L / 3.0D) AS c1", "date_format(nvl2(coalesce(id, id, -2L), dt, DATE'2023-12-31'), 'dd.MM.yy') AS c2", "TRY_CAST(s AS DECIMAL(38,18)) AS c3", "initcap(greatest(CAST(i AS STRING), array_join(split(CAST(b AS STRING), ' '), '-'))) AS c4")
OUTPUT_MODE = "append"
