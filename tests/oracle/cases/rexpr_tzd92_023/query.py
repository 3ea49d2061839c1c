spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("regexp_like(get(split(CAST(-2L AS STRING), '-'), 2), '[aeiou]{2}') AS c1", "(try_divide(i, d) - d) AS c2", "lcase(CAST(d AS STRING)) AS c3")
OUTPUT_MODE = "append"
