from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("a DATE, b DATE, n INT").json(INPUT)
result = df.select("n",
    expr("sequence(a, b)"),
    expr("sequence(least(a, b), greatest(a, b), INTERVAL 1 MONTH) AS m"),
    expr("sequence(greatest(a, b), least(a, b), INTERVAL -1 MONTH) AS back"),
    expr("sequence(least(a, b), greatest(a, b), INTERVAL '1 12' DAY TO HOUR) AS dh"),
    expr("sequence(least(a, b), greatest(a, b), INTERVAL 36 HOUR) AS h36"),
    expr("sequence(least(a, b), greatest(a, b), INTERVAL '0-5' YEAR TO MONTH) AS ym"),
    F.sequence(F.least("a", "b"), F.greatest("a", "b"), expr("INTERVAL 3 DAY")).alias("d3"),
    expr("sequence(least(a, b), CAST(greatest(a, b) AS TIMESTAMP), INTERVAL 2 DAY) AS ts"),
    expr("typeof(sequence(a, b))").alias("t"))
OUTPUT_MODE = "append"
